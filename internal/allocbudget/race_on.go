//go:build race

package allocbudget

// raceEnabled: the race detector allocates on its own account.
const raceEnabled = true
