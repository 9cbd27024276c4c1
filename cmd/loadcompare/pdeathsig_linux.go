package main

import (
	"os/exec"
	"syscall"
)

// dieWithParent makes the kernel kill the child if this process dies
// without cleaning up (kill -9, a crash), so no server is left behind.
func dieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
