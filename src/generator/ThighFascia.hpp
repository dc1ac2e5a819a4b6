// The thigh's deep fascia (fascia lata): the sleeve that holds the thigh's muscles, bone and nerves
// tightly, so that its cross-sections are full. Model space (the thighs converged), either side.
#pragma once
#include <glm/glm.hpp>

namespace hipscope::gen {

// How fully the fascia fills the thigh at this point: 1 over the middle of the thigh, easing to 0
// toward the gluteal fold and the knee (where the muscles are packed only among themselves).
float thighFill(const glm::vec3& p);

// Distance outside the fascia (negative inside, roughly metres), weighted by thighFill: the sleeve
// itself where the fill is 1, moving out of the body where it eases off; far outside above and below.
float thighFascia(const glm::vec3& p);

}  // namespace hipscope::gen
