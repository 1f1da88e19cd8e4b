// Selection code the way minicc's back end used to be written: the checker
// must find each spelling here (and nothing in the comments: "movl %eax").
void old(Writer& out, int offset) {
  out.instruction("movl", "$1", "%eax");
  out.instruction("callq", name);
  out.instruction("jne", label);
  std::string address = std::to_string(offset) + "(%rbp)";
  char dollar = '$';
}
