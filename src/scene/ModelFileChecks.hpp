// What is said about a model file before Assimp reads it: missing, a folder, unreadable, empty, or a
// header that promises more than the file holds (which Assimp would allocate for, or loop on).
#pragma once
#include <filesystem>

namespace hipscope {

// Each throws UserError "could not load PATH: ..." for a file it finds wrong, and returns otherwise.
void checkReadable(const std::filesystem::path& path);
// A binary glTF states its own length and its first chunk's; one claiming more than the file holds
// is damaged, and is said so before Assimp allocates what it claims (gigabytes, found by testing).
void checkGlbHeader(const std::filesystem::path& path);
// A PLY's header ends with end_header, and an ASCII PLY then holds one element a line. A file cut
// short, in its header or after it, makes Assimp 5.2.5's reader loop for ever, and one declaring
// billions of elements makes it allocate for them; both are said here, from the lines the file has.
void checkAsciiPly(const std::filesystem::path& path);

}  // namespace hipscope
