package dev.joinery.meta;

import dev.joinery.schema.SchemaDef;
import java.util.List;

/**
 * The records of one compilation, as the generated {@code JoinerySchema.Tables} lists them. The
 * processor registers that class as a {@link java.util.ServiceLoader} provider of this interface
 * ({@code META-INF/services/dev.joinery.meta.GeneratedSchema}), which is how
 * {@code JoineryPlugin} finds every generated table, and the Spring Boot starter every schema to
 * sync and every DAO to offer as a bean, without scanning or reflecting on records.
 */
public interface GeneratedSchema {
  /** The metadata of every record of the compilation, in foreign-key order. */
  List<TableMeta<?>> tables();

  /** {@code JoinerySchema.DEFINITION}: every table, junction tables included, in sync order. */
  SchemaDef definition();

  /** The generated DAO interface of every record ({@code CustomerDao}), in foreign-key order. */
  List<Class<?>> daos();
}
