package dev.joinery.processor.validate;

import static dev.joinery.processor.validate.Carets.assertColumn;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The component an association sits on, and what it points at. */
class AssociationShapeRulesTest {
  private static final JavaFileObject CUSTOMER = source("Customer",
      "@Table",
      "public record Customer(@Id @AutoIncrement Long id) {}");

  @Test
  void toManyOnASingleRecord() {
    JavaFileObject owner = source("Owner",
        "@Table",
        "public record Owner(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(@Id @AutoIncrement Long id, Long ownerId) {}");
    assertOnlyError(compile(owner, address),
        "[joinery:to-many-not-list] @HasMany on Owner.address needs a List<T> component, but its"
            + " type is Address; write `List<Address> address`, or use @HasOne for a single"
            + " Address",
        owner, "@HasMany Address address");
  }

  @Test
  void toOneOnAList() {
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    @BelongsTo List<Customer> customers) {}");
    assertOnlyError(compile(address, CUSTOMER),
        "[joinery:to-one-on-list] @BelongsTo on Address.customers needs a single record, but its"
            + " type is List<Customer>; write `Customer customers`, or use @BelongsToMany for a"
            + " list",
        address, "@BelongsTo List<Customer> customers");
  }

  @Test
  void targetIsNotATable() {
    JavaFileObject owner = source("Owner",
        "@Table",
        "public record Owner(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany List<Note> notes) {}");
    JavaFileObject note = source("Note",
        "public record Note(Long id, Long ownerId) {}");
    assertOnlyError(compile(owner, note),
        "[joinery:target-not-table] @HasMany on Owner.notes points at Note, which is not a"
            + " @Table record; annotate Note with @Table or point the association at a @Table"
            + " record",
        owner, "List<Note> notes");
  }

  private static final JavaFileObject SONG = source("Song",
      "@Table",
      "public record Song(@Id @AutoIncrement Long id, Long libraryId) {}");

  @Test
  void toManyOnASetNamesTheRecordInTheList() {
    JavaFileObject library = source("Library",
        "@Table",
        "public record Library(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany java.util.Set<Song> songs) {}");
    String message = "[joinery:to-many-not-list] @HasMany on Library.songs needs a List<T>"
        + " component, but its type is Set<Song>; write `List<Song> songs`, or use @HasOne for a"
        + " single Song";
    Compilation compilation = compile(library, SONG);
    assertOnlyError(compilation, message, library, "@HasMany java.util.Set<Song> songs");
    assertColumn(compilation, message, 5);
  }

  @Test
  void toManyOnAWildcardList() {
    JavaFileObject library = source("Library",
        "@Table",
        "public record Library(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany List<? extends Song> songs) {}");
    String message = "[joinery:wildcard-list] @HasMany on Library.songs has type"
        + " List<? extends Song>, but Joinery fills the list with Song records it creates itself;"
        + " write `List<Song> songs`";
    Compilation compilation = compile(library, SONG);
    assertOnlyError(compilation, message, library, "@HasMany List<? extends Song> songs");
    assertColumn(compilation, message, 5);
  }

  @Test
  void toManyOnARawList() {
    JavaFileObject library = source("Library",
        "@Table",
        "public record Library(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany List songs) {}");
    String message = "[joinery:raw-list] @HasMany on Library.songs has type List, which does not"
        + " say what it holds; write `List<R> songs` with R the @Table record the association"
        + " loads";
    Compilation compilation = compile(library, SONG);
    assertOnlyError(compilation, message, library, "@HasMany List songs");
    assertColumn(compilation, message, 5);
  }

  @Test
  void belongsToManyOnAnUnboundedWildcard() {
    JavaFileObject library = source("Library",
        "@Table",
        "public record Library(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"library_songs\") List<?> songs) {}");
    assertOnlyError(compile(library, SONG), "[joinery:raw-list] @BelongsToMany on Library.songs"
            + " has type List<?>, which does not say what it holds; write `List<R> songs` with R"
            + " the @Table record the association loads",
        library, "List<?> songs");
  }

  @Test
  void toOneOnAnOptional() {
    JavaFileObject user = source("User",
        "@Table",
        "public record User(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne java.util.Optional<Notebook> notebook) {}");
    JavaFileObject notebook = source("Notebook",
        "@Table",
        "public record Notebook(@Id @AutoIncrement Long id, Long userId) {}");
    String message = "[joinery:to-one-wrapped] @HasOne on User.notebook needs the record itself,"
        + " but its type is Optional<Notebook>; write `Notebook notebook`, which is null when"
        + " there is no Notebook";
    Compilation compilation = compile(user, notebook);
    assertOnlyError(compilation, message, user, "@HasOne java.util.Optional<Notebook> notebook");
    assertColumn(compilation, message, 5);
  }

  @Test
  void toOneOnASet() {
    JavaFileObject song = source("Song",
        "@Table",
        "public record Song(",
        "    @Id @AutoIncrement Long id,",
        "    Long libraryId,",
        "    @BelongsTo java.util.Set<Library> library) {}");
    JavaFileObject library = source("Library",
        "@Table",
        "public record Library(@Id @AutoIncrement Long id) {}");
    String message = "[joinery:to-one-on-list] @BelongsTo on Song.library needs a single record,"
        + " but its type is Set<Library>; write `Library library`, or use @BelongsToMany for a"
        + " list";
    Compilation compilation = compile(song, library);
    assertOnlyError(compilation, message, song, "@BelongsTo java.util.Set<Library> library");
    assertColumn(compilation, message, 5);
  }

  @Test
  void toManyOnAnArray() {
    JavaFileObject library = source("Library",
        "@Table",
        "public record Library(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany Song[] songs) {}");
    assertOnlyError(compile(library, SONG), "[joinery:to-many-not-list] @HasMany on"
            + " Library.songs needs a List<T> component, but its type is Song[]; write"
            + " `List<Song> songs`, or use @HasOne for a single Song",
        library, "@HasMany Song[] songs");
  }

  @Test
  void toManyOnAListOfLists() {
    JavaFileObject library = source("Library",
        "@Table",
        "public record Library(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany List<List<Song>> songs) {}");
    assertOnlyError(compile(library, SONG), "[joinery:to-many-not-list] @HasMany on"
            + " Library.songs needs a List<T> component, but its type is List<List<Song>>; write"
            + " `List<Song> songs`, or use @HasOne for a single Song",
        library, "@HasMany List<List<Song>> songs");
  }

  @Test
  void toOneOnAnArray() {
    JavaFileObject user = source("User",
        "@Table",
        "public record User(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne Notebook[] notebook) {}");
    JavaFileObject notebook = source("Notebook",
        "@Table",
        "public record Notebook(@Id @AutoIncrement Long id, Long userId) {}");
    String message = "[joinery:to-one-on-list] @HasOne on User.notebook needs a single record,"
        + " but its type is Notebook[]; write `Notebook notebook`, or use @HasMany for a list";
    Compilation compilation = compile(user, notebook);
    assertOnlyError(compilation, message, user, "@HasOne Notebook[] notebook");
    assertColumn(compilation, message, 5);
  }
}
