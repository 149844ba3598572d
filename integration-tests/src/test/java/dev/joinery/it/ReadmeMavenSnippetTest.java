package dev.joinery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Maven snippet, exactly as written there, builds a fresh project whose DAOs are
 * generated. The project is the README's records and quick-start code under
 * {@code com.example.shop}, with a pom that holds nothing but the snippet (its dependencies in
 * {@code <dependencies>}, its plugin in {@code <build><plugins>}); {@code mvn compile} runs on
 * it in a separate Maven process.
 *
 * <p>Joinery's artifacts come from this build's own classes, jarred into a temporary local
 * repository with the modules' poms, so nothing is installed in the shared one; third-party
 * artifacts are copied into it from the shared repository, read as a {@code file:} remote.
 */
class ReadmeMavenSnippetTest {
  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..")
      .toAbsolutePath().normalize();
  private static final List<String> MODULES = List.of("annotations", "schema", "runtime", "processor");

  @Test
  void aFreshProjectFromTheSnippetGeneratesItsDaos(@TempDir Path temp)
      throws IOException, InterruptedException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Path repository = temp.resolve("repository");
    publishJoinery(repository);
    Path settings = writeSettings(temp, repository);
    Path project = temp.resolve("shop");
    writeProject(project, readme);

    Path log = temp.resolve("mvn.log");
    Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-s", settings.toString(), "compile")
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    boolean finished = mvn.waitFor(4, TimeUnit.MINUTES);
    if (!finished) mvn.destroyForcibly();
    assertThat(finished).as("mvn compile finished within 4 minutes").isTrue();
    assertThat(mvn.exitValue()).as(Files.readString(log)).isZero();

    Path classes = project.resolve("target/classes/com/example/shop");
    for (String generated : List.of("CustomerDao", "AddressDao", "CustomerTable", "AddressTable",
        "JoinerySchema", "Shop")) {
      assertThat(classes.resolve(generated + ".class")).exists();
    }
    assertThat(project.resolve("target/generated-sources/annotations/com/example/shop/CustomerDao.java"))
        .exists();
    assertThat(project.resolve("target/classes/db/joinery/postgresql/V1__joinery_baseline.sql"))
        .exists();
  }

  /** The pom: the snippet's dependencies and plugin, verbatim, in a minimal project. */
  private static void writeProject(Path project, String readme) throws IOException {
    String snippet = block(readme, "xml", "<artifactId>joinery-processor</artifactId>");
    int plugin = snippet.indexOf("<plugin>");
    assertThat(plugin).as("the snippet's <plugin>").isPositive();
    String pom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>shop</artifactId>
          <version>1.0</version>
          <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
          <dependencies>
        %s
          </dependencies>
          <build>
            <plugins>
        %s
            </plugins>
          </build>
        </project>
        """.formatted(snippet.substring(0, plugin), snippet.substring(plugin));
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"), pom);

    Path sources = Files.createDirectories(project.resolve("src/main/java/com/example/shop"));
    String records = block(readme, "java", "@Table(\"customers\")");
    int address = records.indexOf("@Table(\"addresses\")");
    String header = "package com.example.shop;\n\nimport dev.joinery.annotation.*;\n\n";
    Files.writeString(sources.resolve("Customer.java"), header + records.substring(0, address));
    Files.writeString(sources.resolve("Address.java"), header + records.substring(address));
    String usage = block(readme, "java", "Joinery.connect(\"jdbc:h2:mem:shop");
    Files.writeString(sources.resolve("Shop.java"), """
        package com.example.shop;

        import dev.joinery.Joinery;
        import dev.joinery.query.Query;
        import java.util.List;
        import java.util.Map;

        public class Shop {
          public static void main(String[] args) {
        %s
          }
        }
        """.formatted(usage));
  }

  /** The first fenced block of {@code language} in the README that contains {@code marker}. */
  private static String block(String readme, String language, String marker) {
    Matcher blocks = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (blocks.find()) {
      if (blocks.group(1).contains(marker)) return blocks.group(1);
    }
    throw new AssertionError("README.md has no ```" + language + " block with " + marker);
  }

  /** Joinery's modules as the repository layout has them: jars of their classes, their poms. */
  private static void publishJoinery(Path repository) throws IOException {
    String version = projectVersion();
    publish(repository, "joinery-parent", version, ROOT.resolve("pom.xml"), null);
    for (String module : MODULES) {
      Path classes = ROOT.resolve(module).resolve("target/classes");
      assertThat(classes).as("classes of " + module + " (build the reactor first)").isDirectory();
      publish(repository, "joinery-" + module, version, ROOT.resolve(module).resolve("pom.xml"), classes);
    }
  }

  private static void publish(Path repository, String artifact, String version, Path pom, Path classes)
      throws IOException {
    Path directory = Files.createDirectories(
        repository.resolve("dev/joinery").resolve(artifact).resolve(version));
    Files.copy(pom, directory.resolve(artifact + "-" + version + ".pom"));
    if (classes == null) return;
    try (OutputStream file = Files.newOutputStream(directory.resolve(artifact + "-" + version + ".jar"));
        JarOutputStream jar = new JarOutputStream(file);
        Stream<Path> entries = Files.walk(classes)) {
      for (Path entry : entries.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
        Files.copy(entry, jar);
        jar.closeEntry();
      }
    }
  }

  private static String projectVersion() throws IOException {
    Matcher version = Pattern.compile(
            "<artifactId>joinery-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(version.find()).as("the parent pom's version").isTrue();
    return version.group(1);
  }

  /** A local repository of its own, reading what it lacks from the shared one as a remote. */
  private static Path writeSettings(Path temp, Path repository) throws IOException {
    Path shared = Path.of(System.getProperty("joinery.sharedRepository",
        System.getProperty("user.home") + "/.m2/repository"));
    String settings = """
        <settings>
          <localRepository>%s</localRepository>
          <profiles>
            <profile>
              <id>shared</id>
              <repositories>
                <repository><id>shared</id><url>%s</url><snapshots><enabled>false</enabled></snapshots></repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository><id>shared</id><url>%s</url><snapshots><enabled>false</enabled></snapshots></pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>shared</activeProfile></activeProfiles>
        </settings>
        """.formatted(repository, shared.toUri(), shared.toUri());
    Path file = temp.resolve("settings.xml");
    Files.writeString(file, settings, StandardCharsets.UTF_8);
    return file;
  }
}
