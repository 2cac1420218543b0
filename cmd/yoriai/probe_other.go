//go:build !unix

package main

// probeWidth does not probe here: Windows Terminal and the console draw
// ambiguous-width characters one cell wide unless set otherwise, and
// --ascii covers the rest.
func probeWidth() (wide, ok bool) { return false, false }

// probeClusters does not probe here either: the console draws code point
// by code point, which is what yoriai draws for.
func probeClusters() (whole, ok bool) { return false, false }
