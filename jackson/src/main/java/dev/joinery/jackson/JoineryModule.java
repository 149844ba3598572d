package dev.joinery.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.joinery.meta.GeneratedSchema;
import dev.joinery.meta.TableMeta;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Jackson support for generated records: {@code mapper.registerModule(new JoineryModule())}.
 *
 * <p>Writing: a record's columns under their component names, {@code @Secret} ones never, and its
 * associations as loaded: a to-many list (even empty) as an array, a to-one record as an object,
 * an association that holds {@code null} left out, since a record alone cannot tell "not loaded"
 * from "loaded, no row". Wrap the records in {@link Loaded} with their query to write exactly its
 * includes ({@code null}/{@code []} when empty) and its attribute selection and renames. The
 * elements of a belongsToMany through a record are {@code {"target": {…}, "link": {…}}}.
 *
 * <p>Reading: JSON into a record and its nested associations (the body of a nested create,
 * whose includes {@link NestedIncludes#of} derives from the record), with every mistake of the
 * document reported at once, each at its JSON path ({@link RecordJsonException}).
 *
 * <p>Both directions go through the generated metadata ({@code XTable}: column constants,
 * associations, {@code construct}); nothing introspects or reflects on the records.
 */
public final class JoineryModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** For every generated record on the class path (every {@code JoinerySchema} listed). */
  public JoineryModule() {
    this(tablesOnClassPath());
  }

  /** For the records of {@code tables} only. */
  public JoineryModule(List<? extends TableMeta<?>> tables) {
    super("joinery", Version.unknownVersion());
    for (TableMeta<?> table : tables) {
      register(table);
    }
    addSerializer(new LoadedSerializer());
  }

  private <T> void register(TableMeta<T> table) {
    addSerializer(table.recordType(), new RecordSerializer<>(table));
    addDeserializer(table.recordType(), new RecordDeserializer<>(table));
  }

  private static List<TableMeta<?>> tablesOnClassPath() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    List<TableMeta<?>> tables = new ArrayList<>();
    for (GeneratedSchema schema : ServiceLoader.load(GeneratedSchema.class,
        context != null ? context : JoineryModule.class.getClassLoader())) {
      tables.addAll(schema.tables());
    }
    return tables;
  }

  /** A record in its own shape. */
  private static final class RecordSerializer<T> extends JsonSerializer<T> {
    private final TableMeta<T> table;

    RecordSerializer(TableMeta<T> table) {
      this.table = table;
    }

    @Override
    public Class<T> handledType() {
      return table.recordType();
    }

    @Override
    public void serialize(T row, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      RecordWriter.write(out, row, JsonShape.of(table));
    }
  }

  /** Records in the shape of the query that loaded them. */
  @SuppressWarnings("rawtypes")
  private static final class LoadedSerializer extends JsonSerializer<Loaded> {
    @Override
    public Class<Loaded> handledType() {
      return Loaded.class;
    }

    @Override
    public void serialize(Loaded loaded, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      JsonShape shape = JsonShape.of(loaded.table(), loaded.query());
      List<?> rows = loaded.rows();
      if (!loaded.single()) {
        RecordWriter.writeList(out, rows, shape);
      } else if (rows.isEmpty()) {
        out.writeNull();
      } else {
        RecordWriter.write(out, rows.get(0), shape);
      }
    }
  }

  /** A record and its nested associations, every problem reported at once. */
  private static final class RecordDeserializer<T> extends JsonDeserializer<T> {
    private final TableMeta<T> table;

    RecordDeserializer(TableMeta<T> table) {
      this.table = table;
    }

    @Override
    public Class<?> handledType() {
      return table.recordType();
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode tree = parser.readValueAsTree();
      TreeReader reader = new TreeReader();
      T row = reader.read(table, tree, "$", Set.of());
      if (!reader.problems().isEmpty()) {
        throw new RecordJsonException(parser, table.name(), reader.problems());
      }
      return row;
    }
  }
}
