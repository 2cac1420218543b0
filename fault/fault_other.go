//go:build !windows

package fault

// osKind recognises the system's own error numbers where they have no
// portable name; elsewhere than on Windows the portable ones suffice.
func osKind(error) Kind { return Unknown }
