//go:build windows

package fault

import (
	"errors"
	"syscall"
)

// Windows error numbers that the portable checks in Of do not cover
// (https://learn.microsoft.com/windows/win32/debug/system-error-codes).
const (
	errorWriteProtect     syscall.Errno = 19
	errorSharingViolation syscall.Errno = 32
	errorLockViolation    syscall.Errno = 33
	errorHandleDiskFull   syscall.Errno = 39
	errorDiskFull         syscall.Errno = 112
)

// osKind recognises Windows' own error numbers.
func osKind(err error) Kind {
	var no syscall.Errno
	if !errors.As(err, &no) {
		return Unknown
	}
	switch no {
	case errorDiskFull, errorHandleDiskFull:
		return DiskFull
	case errorWriteProtect:
		return ReadOnly
	case errorSharingViolation, errorLockViolation:
		return Busy
	}
	return Unknown
}
