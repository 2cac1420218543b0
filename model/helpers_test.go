package model

import "fmt"

// fmtSscanf reads the number of a "goto N" step.
func fmtSscanf(op string, n *int) (int, error) { return fmt.Sscanf(op, "goto %d", n) }
