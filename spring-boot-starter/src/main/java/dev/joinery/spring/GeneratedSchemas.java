package dev.joinery.spring;

import dev.joinery.meta.GeneratedSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The generated schemas on the application's class path: one {@code JoinerySchema} per
 * compilation that holds {@code @Table} records, each listed by the processor in
 * {@code META-INF/services/dev.joinery.meta.GeneratedSchema}. No package scanning: the list is
 * what the compiler saw.
 */
final class GeneratedSchemas {
  private GeneratedSchemas() {}

  static List<GeneratedSchema> load(ClassLoader classLoader) {
    List<GeneratedSchema> schemas = new ArrayList<>();
    ServiceLoader.load(GeneratedSchema.class, classLoader).forEach(schemas::add);
    return schemas;
  }
}
