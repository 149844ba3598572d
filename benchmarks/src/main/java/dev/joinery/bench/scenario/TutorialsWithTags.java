package dev.joinery.bench.scenario;

import dev.joinery.bench.Seed;
import dev.joinery.bench.jdbc.JdbcTutorials;
import dev.joinery.bench.model.Tutorial;
import dev.joinery.bench.model.TutorialDao;
import dev.joinery.bench.model.TutorialTable;
import dev.joinery.query.Query;
import java.sql.Connection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Scenario 3: findAll 5,000 tutorials include tags (3 each of 200): a belongsToMany level, the
 * junction joined to the tags in one statement.
 */
public class TutorialsWithTags extends Scenario<List<Tutorial>> {
  static final int TUTORIALS = 5_000;
  static final int TAGS = 200;
  static final int TAGS_EACH = 3;

  private JdbcTutorials tutorials;

  @Override
  protected void seed() {
    Seed.tutorials(database, TUTORIALS, 0);
    Seed.tags(database, TAGS, TUTORIALS, TAGS_EACH);
    tutorials = new JdbcTutorials(types);
  }

  @Override
  protected List<Tutorial> runDao(Handle handle) {
    return handle.attach(TutorialDao.class).findAll(Query.include(TutorialTable.TAGS));
  }

  @Override
  protected List<Tutorial> runJdbc(Connection connection) throws Exception {
    return tutorials.findAllWithTags(connection);
  }

  @Override
  protected int jdbcStatements() {
    return tutorials.statements();
  }

  @Override
  protected Object canonical(List<Tutorial> result) {
    return Results.tutorials(result, true);
  }

  @Override
  protected String describe(List<Tutorial> result) {
    return result.size() + " tutorials, "
        + result.stream().mapToInt(t -> t.tags().size()).sum() + " tag links";
  }

  @Override
  protected String title() {
    return "3. findAll 5,000 tutorials include tags (3 each of 200)";
  }
}
