package dev.joinery.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

class ReadSmokeTest {
  @Test
  void readsFixtures() {
    Compilation c = Compiler.javac().withProcessors(new JoineryProcessor()).compile(
        JavaFileObjects.forSourceLines("a.Customer",
            "package a;",
            "import dev.joinery.annotation.*;",
            "@Table(\"customers\") public record Customer(@Id @AutoIncrement Long id, @Column(length = 100) String firstname, int age,",
            "  @HasOne(foreignKey = \"customerId\") Address address) {}"),
        JavaFileObjects.forSourceLines("a.Address",
            "package a;",
            "import dev.joinery.annotation.*;",
            "@Index(columns = \"customerId\", unique = true) @Index(columns = {\"street\", \"id\"})",
            "@Table public record Address(@Id @AutoIncrement Long id, String street, Long customerId,",
            "  @BelongsTo(foreignKey = \"customerId\", onDelete = ReferentialAction.CASCADE) Customer customer) {}"));
    assertThat(c).succeededWithoutWarnings();
  }
}
