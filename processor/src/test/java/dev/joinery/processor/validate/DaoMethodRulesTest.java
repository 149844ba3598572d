package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Mixins;
import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import dev.joinery.dao.JoineryDao;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.jdbi.v3.sqlobject.SqlObject;
import org.junit.jupiter.api.Test;

/** The generated DAO's association mixins: distinct, and apart from what every DAO inherits. */
class DaoMethodRulesTest {
  @Test
  void twoAssociationsGeneratingOneMethod() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne Comment comment,",
        "    @HasMany List<Comment> comments) {}");
    JavaFileObject comment = source("Comment",
        "@Table",
        "public record Comment(",
        "    @Id @AutoIncrement Long id,",
        "    Long postId) {}");
    assertOnlyError(compile(post, comment),
        "[joinery:mixin-clash] @HasMany Post.comments and @HasOne Post.comment both generate"
            + " createComment in PostDao; rename one of the two components, whose names the DAO"
            + " methods are built from",
        post, "@HasMany List<Comment> comments");
  }

  @Test
  void mixinsNamedLikeInheritedMethods() {
    JavaFileObject account = source("Account",
        "@Table",
        "public record Account(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne Handle handle,",
        "    @HasMany List<Handle> associated) {}");
    JavaFileObject handle = source("Handle",
        "@Table",
        "public record Handle(",
        "    @Id @AutoIncrement Long id,",
        "    Long accountId) {}");
    Compilation compilation = compile(account, handle);
    assertError(compilation, 2,
        "[joinery:mixin-inherited] @HasOne Account.handle generates getHandle in AccountDao, a"
            + " name every DAO already has from Jdbi's SqlObject; rename the component, whose"
            + " name the DAO methods are built from",
        account, "@HasOne Handle handle");
    assertError(compilation, 2,
        "[joinery:mixin-inherited] @HasMany Account.associated generates getAssociated,"
            + " countAssociated, hasAssociated, addAssociated, removeAssociated, setAssociated,"
            + " createAssociated in AccountDao, a name every DAO already has from JoineryDao;"
            + " rename the component, whose name the DAO methods are built from",
        account, "@HasMany List<Handle> associated");
  }

  @Test
  void inheritedNamesAreTheMethodsOfJoineryDao() {
    Map<String, String> methods = new HashMap<>();
    for (Method method : JoineryDao.class.getMethods()) {
      methods.put(method.getName(), method.getDeclaringClass() == SqlObject.class
          ? "Jdbi's SqlObject" : method.getDeclaringClass().getSimpleName());
    }
    assertThat(MixinNames.INHERITED).containsExactlyEntriesIn(methods);
  }

  @Test
  void mixinNamesAreTheGeneratedOnes() throws IOException {
    Compilation compilation = compile(
        source("Post",
            "@Table",
            "public record Post(",
            "    @Id @AutoIncrement Long id,",
            "    @HasOne Comment pinned,",
            "    @HasMany List<Comment> replies) {}"),
        source("Comment",
            "@Table",
            "public record Comment(",
            "    @Id @AutoIncrement Long id,",
            "    Long postId) {}"));
    assertThat(compilation).succeeded();
    String dao = compilation.generatedSourceFile("test.PostDao").orElseThrow()
        .getCharContent(true).toString();
    Set<String> generated = new HashSet<>();
    Matcher method = Pattern.compile("default [^(=]* (\\w+)\\(").matcher(dao);
    while (method.find()) {
      generated.add(method.group(1));
    }
    Set<String> expected = new HashSet<>(List.of("table"));
    expected.addAll(Mixins.named("pinned", false).names());
    expected.addAll(Mixins.named("replies", true).names());
    assertThat(generated).containsExactlyElementsIn(expected);
  }
}
