package dev.joinery.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.joinery.processor.testing.Compilations;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated constants make queries type-checked by javac: user code that compares a column
 * with a value of another type, or includes an association of another table, does not compile.
 * Each case compiles the seed records with the processor plus one user class, as a user's build
 * would.
 */
class TypedQueryApiTest {

  @Test
  void wellTypedQueriesCompile() {
    Compilation compilation = compileWith(userCode(
        "Query<Customer> q = Query.where(CustomerTable.AGE.gt(30))",
        "    .with(CustomerTable.ADDRESS.include()",
        "        .attributes(AddressTable.STREET, AddressTable.POSTCODE.as(\"zip\"))",
        "        .where(AddressTable.POSTCODE.like(\"77%\")))",
        "    .orderBy(CustomerTable.LASTNAME.asc())",
        "    .limit(10);",
        "Query<Tutorial> t = Query.include(TutorialTable.COMMENTS.include()",
        "    .orderBy(CommentTable.ID.desc()).limit(3).include(CommentTable.TUTORIAL));"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aValueOfTheWrongTypeDoesNotCompile() {
    JavaFileObject user = userCode(
        "Query<Customer> q = Query.where(CustomerTable.AGE.gt(\"thirty\"));");

    Compilation compilation = compileWith(user);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("incompatible types: java.lang.String cannot be converted to java.lang.Integer")
        .inFile(user).onLineContaining("AGE.gt(\"thirty\")");
  }

  @Test
  void anIncludeOfAnotherTablesAssociationDoesNotCompile() {
    JavaFileObject user = userCode(
        "Query<Customer> q = Query.<Customer>all().with(TutorialTable.COMMENTS);");

    Compilation compilation = compileWith(user);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("no suitable method found for with")
        .inFile(user).onLineContaining("with(TutorialTable.COMMENTS)");
  }

  @Test
  void aNestedIncludeMustStartAtTheIncludedTable() {
    JavaFileObject user = userCode(
        "Query<Customer> q = Query.include(CustomerTable.ADDRESS.include()",
        "    .include(TutorialTable.COMMENTS));");

    Compilation compilation = compileWith(user);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("no suitable method found for include")
        .inFile(user).onLineContaining(".include(TutorialTable.COMMENTS)");
  }

  @Test
  void aConditionOnAnotherTableDoesNotCompile() {
    JavaFileObject user = userCode(
        "Query<Customer> q = Query.where(AddressTable.STREET.eq(\"Main\"));");

    Compilation compilation = compileWith(user);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("incompatible types")
        .inFile(user).onLineContaining("AddressTable.STREET.eq(\"Main\")");
  }

  private static Compilation compileWith(JavaFileObject user) {
    List<JavaFileObject> sources = new ArrayList<>(Compilations.shape("customers"));
    sources.addAll(Compilations.shape("tutorials"));
    sources.add(user);
    return Compilations.compile(sources);
  }

  private static JavaFileObject userCode(String... statements) {
    List<String> lines = new ArrayList<>(List.of(
        "package shapes.user;",
        "",
        "import dev.joinery.query.Query;",
        "import shapes.customers.*;",
        "import shapes.tutorials.*;",
        "",
        "class UserCode {",
        "  void run() {"));
    for (String statement : statements) {
      lines.add("    " + statement);
    }
    lines.add("  }");
    lines.add("}");
    return JavaFileObjects.forSourceLines("shapes.user.UserCode", lines);
  }
}
