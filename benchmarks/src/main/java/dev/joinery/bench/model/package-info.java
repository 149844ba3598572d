/**
 * The records the benchmarks run on: the fixtures of the runtime's tests (customers with an
 * address, tutorials with comments and tags), compiled here by the Joinery processor so the
 * benchmarks measure generated code, not hand-written stand-ins.
 */
package dev.joinery.bench.model;
