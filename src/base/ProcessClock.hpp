// Seconds since this process started (from the kernel's start time), for start-up measurements.
#pragma once

namespace hipscope {

double secondsSinceProcessStart();

}  // namespace hipscope
