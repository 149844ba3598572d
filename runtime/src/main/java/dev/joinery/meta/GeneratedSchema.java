package dev.joinery.meta;

import java.util.List;

/**
 * The records of one compilation, as the generated {@code JoinerySchema.Tables} lists them. The
 * processor registers that class as a {@link java.util.ServiceLoader} provider of this interface
 * ({@code META-INF/services/dev.joinery.meta.GeneratedSchema}), which is how
 * {@code JoineryPlugin} finds every generated table without scanning or reflecting on records.
 */
public interface GeneratedSchema {
  /** The metadata of every record of the compilation, in foreign-key order. */
  List<TableMeta<?>> tables();
}
