package dev.joinery.processor.validate;

import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

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
}
