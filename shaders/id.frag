#version 330 core
// Writes the part's id (index + 1; 0 is background) for picking and coverage.
uniform uint uId;

out uint fragId;

void main() {
  fragId = uId;
}
