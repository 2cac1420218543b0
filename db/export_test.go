package db

// RWDSN is the read-write DSN Open uses, for benchmarks that write the same
// table with a bare connection beside the store.
var RWDSN = rwDSN
