//! Nothing to use: this package holds the wire tests (`tests/`) of the clients generated
//! beside it, `drive-v3/` and `storage-v1/`.
