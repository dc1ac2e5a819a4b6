// The check program of a library layer (src/CMakeLists.txt, hipscope_layer): linked with every
// object of one layer and only the layers below it, so a call into a higher layer fails to link.
int main() { return 0; }
