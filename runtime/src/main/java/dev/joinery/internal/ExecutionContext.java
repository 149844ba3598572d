package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import org.jdbi.v3.core.Handle;

/** The handle statements run on and the dialect of its database. */
record ExecutionContext(Handle handle, Dialect dialect) {}
