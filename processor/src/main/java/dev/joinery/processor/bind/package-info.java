/**
 * The bind stage: the round's declarations (read from elements) become one immutable
 * {@link dev.joinery.processor.bind.SchemaGraph} in which every key, junction, index and
 * generated name is resolved once. Validation rules report on the graph and writers render from
 * it; neither derives those facts again.
 */
package dev.joinery.processor.bind;
