package dev.joinery.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.joinery.processor.JoineryProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Table and column names, and the components {@code @Index} names. */
class NameRulesTest {
  @Test
  void twoTablesWithOneName() {
    JavaFileObject customer = source("Customer",
        "@Table(\"People\")",
        "public record Customer(@Id @AutoIncrement Long id) {}");
    JavaFileObject person = source("Person",
        "@Table(\"People\")",
        "public record Person(@Id @AutoIncrement Long id) {}");
    assertOnlyError(compile(customer, person),
        "[joinery:duplicate-table] table name \"People\" of Person is already the table of"
            + " Customer; give one of them another name with @Table(\"...\")",
        person, "@Table(\"People\")");
  }

  /**
   * Quoted identifiers keep {@code Users} and {@code users} apart on every database Joinery
   * targets (MySQL/MariaDB unless the server folds table names, which sync refuses).
   */
  @Test
  void tablesDifferingOnlyByCaseAreTwoTables() {
    JavaFileObject customer = source("Customer",
        "@Table(\"users\")",
        "public record Customer(@Id @AutoIncrement Long id) {}");
    JavaFileObject user = source("User",
        "@Table(naming = Naming.SEQUELIZE)",
        "public record User(@Id @AutoIncrement Long id) {}");
    assertThat(compile(customer, user)).succeededWithoutWarnings();
  }

  @Test
  void aJsonNameTakenByAnotherComponent() {
    JavaFileObject user = source("User",
        "@Table",
        "public record User(",
        "    @Id @AutoIncrement Long id,",
        "    String name,",
        "    @JsonName(\"name\") String fullName) {}");
    assertOnlyError(compile(user),
        "[joinery:duplicate-json-name] @JsonName(\"name\") on User.fullName is already the JSON"
            + " key of User.name; give fullName another key, or move the name with @JsonName on"
            + " name too",
        user, "@JsonName(\"name\")");
  }

  @Test
  void anUnknownNamingOption() {
    JavaFileObject user = source("User",
        "@Table",
        "public record User(@Id @AutoIncrement Long id, String firstName) {}");
    Compilation compilation = Compiler.javac().withProcessors(new JoineryProcessor())
        .withOptions("-Ajoinery.naming=camelCase").compile(user);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "[joinery:naming-option] -Ajoinery.naming=camelCase names no naming mode; write"
            + " -Ajoinery.naming=snake_case (the default: user_profiles, first_name) or"
            + " -Ajoinery.naming=sequelize (UserProfiles, firstName)");
  }

  @Test
  void twoColumnsWithOneName() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(",
        "    @Id @AutoIncrement Long id,",
        "    String displayName,",
        "    @Column(name = \"display_name\") String label,",
        "    Long ownerId,",
        "    Long owner_id) {}");
    Compilation compilation = compile(tag);
    assertError(compilation, 2,
        "[joinery:duplicate-column] column name \"display_name\" of Tag.label is already the"
            + " column of Tag.displayName in table tags; rename one with @Column(name = \"...\")",
        tag, "name = \"display_name\"");
    assertError(compilation, 2,
        "[joinery:duplicate-column] column name \"owner_id\" of Tag.owner_id is already the"
            + " column of Tag.ownerId in table tags; rename one with @Column(name = \"...\")",
        tag, "Long owner_id");
  }

  @Test
  void indexNamingAMissingComponent() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "@Index(columns = {",
        "    \"name\",",
        "    \"colour\"})",
        "public record Tag(",
        "    @Id @AutoIncrement Long id,",
        "    String name,",
        "    String color) {}");
    JavaFileObject label = source("Label",
        "@Table",
        "@Index(columns = \"name\", unique = true)",
        "@Index(columns = \"title\")",
        "public record Label(",
        "    @Id @AutoIncrement Long id,",
        "    String name) {}");
    Compilation compilation = compile(tag, label);
    assertError(compilation, 2,
        "[joinery:unknown-index-column] Tag has no column component \"colour\" for"
            + " @Index(columns); columns of Tag: id, name, color",
        tag, "\"colour\"");
    // A repeated @Index lives inside the @Indexes container javac synthesises, which has no
    // source tree, so javac can only place the message on the record itself.
    assertError(compilation, 2,
        "[joinery:unknown-index-column] Label has no column component \"title\" for"
            + " @Index(columns); columns of Label: id, name",
        label, "public record Label(");
  }

  @Test
  void indexWithoutColumns() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "@Index(columns = {})",
        "public record Tag(",
        "    @Id @AutoIncrement Long id,",
        "    String name) {}");
    assertOnlyError(compile(tag),
        "[joinery:empty-index] @Index on Tag names no columns; list the components to index,"
            + " e.g. @Index(columns = \"name\")",
        tag, "@Index(columns = {})");
  }
}
