package dev.joinery.bench.scenario;

import dev.joinery.bench.Seed;
import dev.joinery.bench.jdbc.JdbcTutorials;
import dev.joinery.bench.model.Tutorial;
import dev.joinery.bench.model.TutorialDao;
import dev.joinery.bench.model.TutorialTable;
import dev.joinery.query.Query;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Scenario 4: 5,000 findByPk(tutorial, include comments), one after another on one connection.
 * Each call is what an application's request would do. The hand-written side sends the best plan
 * for one root: one {@code LEFT JOIN} statement, no transaction; it prepares its statement per
 * call, as a DAO method does.
 */
public class FindByPkWithComments extends Scenario<List<Tutorial>> {
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
    TutorialDao dao = handle.attach(TutorialDao.class);
    List<Tutorial> found = new ArrayList<>(TUTORIALS);
    for (long id = 1; id <= TUTORIALS; id++) {
      found.add(dao.findByPk(id, Query.include(TutorialTable.COMMENTS)).orElse(null));
    }
    return found;
  }

  @Override
  protected List<Tutorial> runJdbc(Connection connection) throws Exception {
    List<Tutorial> found = new ArrayList<>(TUTORIALS);
    for (long id = 1; id <= TUTORIALS; id++) {
      found.add(tutorials.findByPkWithComments(connection, id));
    }
    return found;
  }

  @Override
  protected int jdbcStatements() {
    return tutorials.statements();
  }

  @Override
  protected Object canonical(List<Tutorial> result) {
    return Results.tutorials(result, false);
  }

  @Override
  protected String describe(List<Tutorial> result) {
    return result.stream().filter(t -> t != null).count() + " tutorials found, "
        + result.stream().mapToInt(t -> t.comments().size()).sum() + " comments";
  }

  @Override
  protected String title() {
    return "4. 5,000 findByPk(tutorial, include comments)";
  }
}
