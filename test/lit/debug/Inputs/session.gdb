break fun1
run
next
print c
finish
break 19
continue
info locals
print *argv
ptype argv
delete 2
continue
bt
finish
