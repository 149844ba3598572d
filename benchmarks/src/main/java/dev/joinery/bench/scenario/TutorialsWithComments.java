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

/** Scenario 2: findAll 5,000 tutorials include comments (10 each): one to-many level. */
public class TutorialsWithComments extends Scenario<List<Tutorial>> {
  static final int TUTORIALS = 5_000;
  static final int COMMENTS_EACH = 10;

  private JdbcTutorials tutorials;

  @Override
  protected void seed() {
    Seed.tutorials(database, TUTORIALS, COMMENTS_EACH);
    tutorials = new JdbcTutorials(types);
  }

  @Override
  protected List<Tutorial> runDao(Handle handle) {
    return handle.attach(TutorialDao.class).findAll(Query.include(TutorialTable.COMMENTS));
  }

  @Override
  protected List<Tutorial> runJdbc(Connection connection) throws Exception {
    return tutorials.findAllWithComments(connection);
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
        + result.stream().mapToInt(t -> t.comments().size()).sum() + " comments";
  }

  @Override
  protected String title() {
    return "2. findAll 5,000 tutorials include comments (10 each)";
  }
}
