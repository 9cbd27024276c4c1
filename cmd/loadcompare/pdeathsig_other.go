//go:build !linux

package main

import "os/exec"

// dieWithParent does nothing outside Linux; the bare server still exits
// when its standard input closes.
func dieWithParent(cmd *exec.Cmd) {}
