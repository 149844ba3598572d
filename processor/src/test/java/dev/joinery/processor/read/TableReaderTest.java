package dev.joinery.processor.read;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The read stage: what the model holds, and where its source references point. */
class TableReaderTest {
  private static final JavaFileObject ADDRESS = JavaFileObjects.forSourceLines("a.Address",
      "package a;",
      "",
      "import dev.joinery.annotation.*;",
      "import java.util.List;",
      "",
      "@Table",
      "@Index(columns = {\"street\", \"postcode\"}, name = \"by_street\")",
      "public record Address(",
      "    @Id @AutoIncrement Long id,",
      "    @Column(name = \"street_name\", length = 80) @Length(min = 2) String street,",
      "    @NotNull @Email @Url String postcode,",
      "    java.util.Map<String, String> extras,",
      "    Long custId,",
      "    @BelongsTo(foreignKey = \"custId\", onDelete = ReferentialAction.RESTRICT) Address parent,",
      "    @HasMany(constraints = false) List<Address> children) {}");

  @Test
  void readsEveryFact() {
    List<TableModel> models = read(ADDRESS, (model, messager) -> {});
    TableModel address = models.get(0);

    assertThat(address.tableName()).isEqualTo("addresses");
    assertThat(address.qualifiedName()).isEqualTo("a.Address");
    assertThat(address.isRecord()).isTrue();
    assertThat(address.components()).hasSize(7);
    assertThat(address.columns().stream().map(ColumnModel::columnName).toList())
        .containsExactly("id", "street_name", "postcode", "extras", "cust_id").inOrder();

    ColumnModel street = address.column("street").orElseThrow();
    assertThat(street.ordinal()).isEqualTo(1);
    assertThat(street.length()).isEqualTo(80);
    assertThat(street.minLength()).isEqualTo(2);
    assertThat(street.maxLength()).isEqualTo(Integer.MAX_VALUE);
    ColumnModel postcode = address.column("postcode").orElseThrow();
    assertThat(postcode.notNull()).isTrue();
    assertThat(postcode.email()).isTrue();
    assertThat(postcode.url()).isTrue();
    // An unsupported type is read as such; validation reports it.
    assertThat(address.column("extras").orElseThrow().valueType()).isNull();
    assertThat(address.column("custId").orElseThrow().valueType()).isEqualTo(ValueType.LONG);
    assertThat(address.primaryKey().orElseThrow().autoIncrement()).isTrue();

    AssociationModel parent = address.associations().get(0);
    assertThat(parent.kind()).isEqualTo(AssociationKind.BELONGS_TO);
    assertThat(parent.component()).isEqualTo(5);
    assertThat(parent.foreignKey()).isEqualTo("custId");
    assertThat(parent.targetKey()).isEmpty();
    assertThat(parent.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
    assertThat(parent.onUpdate()).isEqualTo(ReferentialAction.DEFAULT);
    assertThat(parent.targetQualifiedName()).isEqualTo("a.Address");
    AssociationModel children = address.associations().get(1);
    assertThat(children.isList()).isTrue();
    assertThat(children.constraints()).isFalse();
    assertThat(children.targetQualifiedName()).isEqualTo("a.Address");

    assertThat(address.indexes()).hasSize(1);
    assertThat(address.indexes().get(0).components()).containsExactly("street", "postcode").inOrder();
    assertThat(address.indexes().get(0).name()).isEqualTo("by_street");
  }

  @Test
  void readsWhatIsNotARecordWithoutFailing() {
    List<TableModel> models = read(JavaFileObjects.forSourceLines("a.UserProfile",
        "package a;",
        "@dev.joinery.annotation.Table",
        "public class UserProfile {}"), (model, messager) -> {});
    assertThat(models.get(0).isRecord()).isFalse();
    assertThat(models.get(0).tableName()).isEqualTo("user_profiles");
    assertThat(models.get(0).components()).isEmpty();
  }

  /** The validate stage prints at these references; the caret must land on what is at fault. */
  @Test
  void sourceReferencesPointAtTheValueAsWritten() {
    Compilation compilation = compile(ADDRESS, (model, messager) -> {
      AssociationModel parent = model.associations().get(0);
      print(messager, parent.source().atMember("foreignKey"), "foreign key");
      print(messager, parent.source().atMember("targetKey"), "target key");
      print(messager, model.column("street").orElseThrow().source().atMember("length"), "length");
      print(messager, model.column("custId").orElseThrow().source(), "column");
      print(messager, model.indexes().get(0).source(), "index");
      print(messager, model.source(), "table");
    });
    assertThat(compilation).hadWarningContaining("foreign key").inFile(ADDRESS)
        .onLine(14).atColumn(29);
    // Line 14 holds the @BelongsTo; column 29 is "custId" as written. Left to its default, a
    // member points at the annotation.
    assertThat(compilation).hadWarningContaining("target key").inFile(ADDRESS)
        .onLine(14).atColumn(5);
    assertThat(compilation).hadWarningContaining("length").inFile(ADDRESS)
        .onLine(10).atColumn(44);
    assertThat(compilation).hadWarningContaining("column").inFile(ADDRESS)
        .onLineContaining("Long custId");
    assertThat(compilation).hadWarningContaining("index").inFile(ADDRESS)
        .onLineContaining("@Index(columns = {\"street\", \"postcode\"}");
    assertThat(compilation).hadWarningContaining("table").inFile(ADDRESS).onLineContaining("@Table");
  }

  private static void print(Messager messager, SourceRef where, String message) {
    messager.printMessage(Diagnostic.Kind.WARNING, message, where.element(), where.annotation(),
        where.value());
  }

  private static List<TableModel> read(JavaFileObject source, BiConsumer<TableModel, Messager> then) {
    List<TableModel> models = new ArrayList<>();
    assertThat(compile(source, (model, messager) -> {
      models.add(model);
      then.accept(model, messager);
    })).succeeded();
    return models;
  }

  private static Compilation compile(JavaFileObject source, BiConsumer<TableModel, Messager> then) {
    return Compiler.javac().withProcessors(new AbstractProcessor() {
      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.joinery.annotation.Table");
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TableReader reader = new TableReader(processingEnv.getElementUtils());
        for (TypeElement annotation : annotations) {
          for (var element : round.getElementsAnnotatedWith(annotation)) {
            then.accept(reader.read((TypeElement) element), processingEnv.getMessager());
          }
        }
        return false;
      }
    }).compile(source);
  }
}
