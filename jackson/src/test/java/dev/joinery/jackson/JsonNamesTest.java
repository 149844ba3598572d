package dev.joinery.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.jackson.stories.Book;
import dev.joinery.jackson.stories.BookDao;
import dev.joinery.jackson.stories.BookTable;
import dev.joinery.jackson.stories.JoinerySchema;
import dev.joinery.jackson.stories.Writer;
import dev.joinery.jackson.stories.WriterDao;
import dev.joinery.jackson.stories.WriterTable;
import dev.joinery.query.Query;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncMode;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code @JsonName}: Sequelize's {@code as} and attribute names in the map view and in JSON,
 * written and read, while the components, columns and constants keep their names.
 */
class JsonNamesTest {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(
      new JoineryModule(List.of(WriterTable.INSTANCE, BookTable.INSTANCE)));

  private WriterDao writers;
  private BookDao books;

  @BeforeEach
  void setUp(TestDatabase db) {
    db.jdbi().useHandle(h -> SchemaSync.sync(h, JoinerySchema.DEFINITION, SyncMode.CREATE));
    writers = db.jdbi().onDemand(WriterDao.class);
    books = db.jdbi().onDemand(BookDao.class);
    writers.create(new Writer(null, "Ann Lee", List.of(new Book(null, "Tides", null, null))),
        WriterTable.BOOKS);
  }

  @DatabaseTest(Engine.H2)
  void theMapViewAndJsonUseTheJsonNames(TestDatabase db) throws Exception {
    Query<Writer> query = Query.<Writer>include(WriterTable.BOOKS);

    List<Map<String, Object>> maps = writers.findAllAsMaps(query);
    String json = MAPPER.writeValueAsString(Loaded.all(WriterTable.INSTANCE, query,
        writers.findAll(query)));

    assertThat(maps).containsExactly(Map.of("id", 1L, "name", "Ann Lee",
        "Books", List.of(Map.of("id", 1L, "title", "Tides", "WriterId", 1L))));
    assertThat(json).isEqualTo("[{\"id\":1,\"name\":\"Ann Lee\","
        + "\"Books\":[{\"id\":1,\"title\":\"Tides\",\"WriterId\":1}]}]");
    assertThat(json).isEqualTo(MAPPER.writeValueAsString(maps));
    // The columns keep the component names, as Sequelize's fields keep theirs.
    assertThat(WriterTable.FULL_NAME.name()).isEqualTo("fullName");
  }

  @DatabaseTest(Engine.H2)
  void aToOneIncludeAndItsRecordsOwnShape(TestDatabase db) throws Exception {
    Query<Book> query = Query.<Book>include(BookTable.WRITER);
    Book book = books.findAll(query).get(0);

    assertThat(MAPPER.writeValueAsString(Loaded.all(BookTable.INSTANCE, query, List.of(book))))
        .isEqualTo("[{\"id\":1,\"title\":\"Tides\",\"WriterId\":1,"
            + "\"Writer\":{\"id\":1,\"name\":\"Ann Lee\"}}]");
    // A record on its own: the to-one it holds, under its JSON name.
    assertThat(MAPPER.writeValueAsString(book)).isEqualTo("{\"id\":1,\"title\":\"Tides\","
        + "\"WriterId\":1,\"Writer\":{\"id\":1,\"name\":\"Ann Lee\"}}");
  }

  @DatabaseTest(Engine.H2)
  void jsonBodiesAreReadUnderTheJsonNames(TestDatabase db) throws Exception {
    Writer body = MAPPER.readValue(
        "{\"name\":\"Bo Chen\",\"Books\":[{\"title\":\"Reeds\"}]}", Writer.class);

    assertThat(body).isEqualTo(
        new Writer(null, "Bo Chen", List.of(new Book(null, "Reeds", null, null))));
    Writer created = writers.create(body, WriterTable.BOOKS);
    assertThat(writers.findByPk(created.id(), Query.include(WriterTable.BOOKS))).contains(created);
  }
}
