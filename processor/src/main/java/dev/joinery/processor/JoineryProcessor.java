package dev.joinery.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.joinery.dialect.Dialects;
import dev.joinery.processor.bind.SchemaGraph;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.NamingMode;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.read.TableReader;
import dev.joinery.processor.render.DaoWriter;
import dev.joinery.processor.render.DdlResourceWriter;
import dev.joinery.processor.render.GeneratedNames;
import dev.joinery.processor.render.SchemaWriter;
import dev.joinery.processor.render.TableWriter;
import dev.joinery.processor.validate.Diagnostic;
import dev.joinery.processor.validate.Message;
import dev.joinery.processor.validate.RoundValidator;
import dev.joinery.processor.validate.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Joinery's annotation processor: reads every {@code @Table} record of a round into a model
 * ({@link TableReader}), binds the round's models into one graph ({@link SchemaGraph}: keys,
 * junctions, indexes and generated names, each resolved once), validates that graph
 * ({@link RoundValidator}) and renders from it, for each valid record, {@code XTable} and
 * {@code XDao}; once no more records arrive, one {@code JoinerySchema} class and the DDL
 * resources of the whole compilation ({@code META-INF/joinery/<dialect>/schema.sql} and the
 * Flyway baseline {@code db/joinery/<dialect>/V1__joinery_baseline.sql} for MySQL/MariaDB,
 * PostgreSQL and H2).
 *
 * <p>The stages run in one direction and this class only wires them to javac: it collects the
 * elements, prints the validator's diagnostics where they point, and hands the writers' output
 * to the {@code Filer}. A record with errors generates nothing, and neither does a record whose
 * association target has errors (its generated code would not compile, and that follow-on
 * error would only hide the real one); a note on it names the records whose errors stopped it.
 * Records whose component types do not exist yet, because another processor generates them, are
 * read in a later round. A bug in Joinery becomes one
 * error on the record being processed, never an exception out of javac.
 *
 * <p>Options: {@code -Ajoinery.verbose=true} prints a note per generated file;
 * {@code -Ajoinery.schemaPackage=com.example} places {@code JoinerySchema} (default: the longest
 * common package of the records); {@code -Ajoinery.naming=snake_case|sequelize} names the tables
 * and columns that records do not name (default {@code snake_case}; see {@link NamingMode}).
 */
@AutoService(Processor.class)
public final class JoineryProcessor extends AbstractProcessor {
  /** Prints a note for each generated file when {@code true}. */
  public static final String VERBOSE = "joinery.verbose";

  /** The package of the generated {@code JoinerySchema}. */
  public static final String SCHEMA_PACKAGE = "joinery.schemaPackage";

  /** The default naming mode of the compilation's records: {@code snake_case} or {@code sequelize}. */
  public static final String NAMING = "joinery.naming";

  static final String TABLE = "dev.joinery.annotation.Table";

  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);

  /** Records to read in the next round because some of their types were missing. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** Every record read so far (all rounds), for validation of associations across rounds. */
  private final List<TableModel> known = new ArrayList<>();

  /** Records that generated nothing, and therefore make their sources generate nothing. */
  private final Set<String> failed = new HashSet<>();

  /**
   * Records that generated nothing only because a record they depend on failed, each with the
   * records whose own errors are the cause (through any chain of such dependencies).
   */
  private final Map<String, Set<String>> stoppedBy = new HashMap<>();

  /** Records whose XTable was generated: the tables of JoinerySchema. */
  private final List<TableModel> generated = new ArrayList<>();

  private boolean schemaWritten;

  private boolean namingReported;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(TABLE);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(VERBOSE, SCHEMA_PACKAGE, NAMING);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      // Still missing after the last round: javac itself reports the unresolved types.
      return false;
    }
    List<TypeElement> ready = new ArrayList<>();
    for (TypeElement type : collect(round)) {
      List<String> missing = TableReader.missingTypes(type);
      if (missing.isEmpty()) {
        ready.add(type);
      } else {
        deferred.add(type.getQualifiedName().toString());
        note("Joinery: " + type.getSimpleName() + " waits for " + String.join(", ", missing), type);
      }
    }
    if (ready.isEmpty()) {
      if (deferred.isEmpty() && !schemaWritten && !generated.isEmpty()) {
        writeSchema();
      }
      return false;
    }
    List<TableModel> models = read(ready);
    ValidationReport report = validate(models);
    if (report != null) {
      generate(models, report);
    }
    return false;
  }

  /** This round's {@code @Table} types plus those deferred from earlier rounds, once each. */
  private List<TypeElement> collect(RoundEnvironment round) {
    Map<String, TypeElement> types = new LinkedHashMap<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.put(name, type);
      }
    }
    deferred.clear();
    TypeElement table = processingEnv.getElementUtils().getTypeElement(TABLE);
    if (table != null) {
      for (Element element : round.getElementsAnnotatedWith(table)) {
        if (element instanceof TypeElement type) {
          types.putIfAbsent(type.getQualifiedName().toString(), type);
        }
      }
    }
    return List.copyOf(types.values());
  }

  private List<TableModel> read(List<TypeElement> types) {
    TableReader reader = new TableReader(processingEnv.getElementUtils(), naming());
    List<TableModel> models = new ArrayList<>();
    for (TypeElement type : types) {
      try {
        models.add(reader.read(type));
      } catch (RuntimeException | LinkageError e) {
        failed.add(type.getQualifiedName().toString());
        unexpected(e, type);
      }
    }
    return models;
  }

  /** Validates this round's models together with those of earlier rounds; null if it crashed. */
  private ValidationReport validate(List<TableModel> models) {
    known.addAll(models);
    try {
      ValidationReport report = RoundValidator.validate(SchemaGraph.of(known));
      Set<String> current = new HashSet<>();
      models.forEach(m -> current.add(m.qualifiedName()));
      for (Diagnostic diagnostic : report.errors()) {
        // Earlier rounds already printed the diagnostics of their records.
        if (current.contains(diagnostic.recordQualifiedName())) {
          print(diagnostic);
        }
      }
      return report;
    } catch (RuntimeException | LinkageError e) {
      for (TableModel model : models) {
        failed.add(model.qualifiedName());
        unexpected(e, model.source().element());
      }
      return null;
    }
  }

  private void generate(List<TableModel> models, ValidationReport report) {
    for (TableModel model : models) {
      if (report.hasErrors(model.qualifiedName())) {
        failed.add(model.qualifiedName());
      }
    }
    // A record whose target generates nothing would not compile: it generates nothing either.
    // The target's errors say what to fix, but the user's code now misses this record's DAO
    // too, so a note on the record names the records whose errors stopped it.
    List<TableModel> stopped = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (TableModel model : models) {
        if (!failed.contains(model.qualifiedName())) {
          Set<String> causes = failedTargets(model);
          if (!causes.isEmpty()) {
            failed.add(model.qualifiedName());
            stoppedBy.put(model.qualifiedName(), causes);
            stopped.add(model);
            changed = true;
          }
        }
      }
    }
    stopped.forEach(this::noteStopped);
    SchemaGraph graph = valid();
    TableWriter tables = new TableWriter(graph);
    DaoWriter daos = new DaoWriter(graph);
    for (TableModel model : models) {
      if (!failed.contains(model.qualifiedName())) {
        try {
          write(tables.write(model));
          write(daos.write(model));
          generated.add(model);
        } catch (RuntimeException | LinkageError e) {
          failed.add(model.qualifiedName());
          unexpected(e, model.source().element());
        }
      }
    }
  }

  /** The records with errors that the model's failed targets trace back to; empty if none. */
  private Set<String> failedTargets(TableModel model) {
    Set<String> causes = new LinkedHashSet<>();
    for (AssociationModel association : model.associations()) {
      // A through record's table class is named by the association's constant, like a target's.
      for (String target : new String[] {association.targetQualifiedName(),
          association.throughRecord()}) {
        if (target != null && failed.contains(target)) {
          causes.addAll(stoppedBy.getOrDefault(target, Set.of(target)));
        }
      }
    }
    return causes;
  }

  private void noteStopped(TableModel model) {
    List<String> causes = stoppedBy.get(model.qualifiedName()).stream()
        .map(this::displayName).sorted().toList();
    String names = causes.size() == 1 ? causes.get(0)
        : String.join(", ", causes.subList(0, causes.size() - 1)) + " and "
            + causes.get(causes.size() - 1);
    String text = Message.STOPPED_BY_ERRORS.format(String.join(".", model.simpleNames()),
        GeneratedNames.table(model).simpleName(), GeneratedNames.dao(model).simpleName(), names);
    SourceRef where = model.source();
    messager().printMessage(Kind.NOTE, text, where.element(), where.annotation());
  }

  /** {@code Library.Song} for a record of the compilation, else its canonical name. */
  private String displayName(String qualifiedName) {
    return known.stream().filter(m -> m.qualifiedName().equals(qualifiedName)).findFirst()
        .map(m -> String.join(".", m.simpleNames())).orElse(qualifiedName);
  }

  /**
   * The graph of the records that generate code: a failed record contributes no foreign key to
   * the tables it points at, as it contributes no table.
   */
  private SchemaGraph valid() {
    return SchemaGraph.of(
        known.stream().filter(m -> !failed.contains(m.qualifiedName())).toList());
  }

  /** Writes JoinerySchema and the DDL resources over every record generated in any round. */
  private void writeSchema() {
    schemaWritten = true;
    String option = processingEnv.getOptions().get(SCHEMA_PACKAGE);
    String packageName = option == null || option.isBlank()
        ? SchemaWriter.commonPackage(generated) : option.trim();
    try {
      SchemaWriter schema = new SchemaWriter(valid());
      write(schema.write(packageName, generated));
      Element[] origins = generated.stream().map(m -> m.source().element()).toArray(Element[]::new);
      new DdlResourceWriter(Dialects.all()).write(schema.schema(generated))
          .forEach((path, text) -> writeResource(path, text, origins));
      writeResource(SchemaWriter.SERVICE_FILE, SchemaWriter.serviceEntry(packageName), origins);
    } catch (RuntimeException | LinkageError e) {
      unexpected(e, generated.get(0).source().element());
    }
  }

  /**
   * Writes a generated source file. JavaPoet leaves a space at the end of a line that breaks
   * after {@code =}; it is removed so that the file reads as if written by hand.
   */
  private void write(JavaFile file) {
    String text = TRAILING_SPACE.matcher(file.toString()).replaceAll("");
    Element[] origins = file.typeSpec().originatingElements().toArray(Element[]::new);
    try {
      JavaFileObject source = processingEnv.getFiler().createSourceFile(qualified(file), origins);
      try (Writer writer = source.openWriter()) {
        writer.write(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    note("Joinery: generated " + qualified(file), null);
  }

  private void writeResource(String path, String text, Element[] origins) {
    try {
      FileObject resource = processingEnv.getFiler()
          .createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
      try (Writer writer = resource.openWriter()) {
        writer.write(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    note("Joinery: generated " + path, null);
  }

  private static String qualified(JavaFile file) {
    return file.packageName().isEmpty()
        ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }

  private void print(Diagnostic diagnostic) {
    SourceRef where = diagnostic.where();
    messager().printMessage(Kind.ERROR, diagnostic.message(),
        where.element(), where.annotation(), where.value());
  }

  private void unexpected(Throwable e, Element element) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    messager().printMessage(Kind.ERROR,
        "Joinery failed unexpectedly on this record; please report it: " + trace, element);
  }

  /** The {@code -Ajoinery.naming} mode; an unknown value is an error (once) and means the default. */
  private NamingMode naming() {
    String option = processingEnv.getOptions().get(NAMING);
    if (option == null) {
      return NamingMode.SNAKE_CASE;
    }
    Optional<NamingMode> mode = NamingMode.ofOption(option);
    if (mode.isEmpty() && !namingReported) {
      namingReported = true;
      messager().printMessage(Kind.ERROR, Message.NAMING_OPTION.format(option));
    }
    return mode.orElse(NamingMode.SNAKE_CASE);
  }

  private void note(String message, Element element) {
    if (Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE))) {
      if (element == null) {
        messager().printMessage(Kind.NOTE, message);
      } else {
        messager().printMessage(Kind.NOTE, message, element);
      }
    }
  }

  private Messager messager() {
    return processingEnv.getMessager();
  }
}
