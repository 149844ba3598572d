/**
 * Records that mirror the five seed tutorials' Sequelize models, one package per tutorial, pointed
 * at databases Sequelize created and filled ({@code src/test/sequelize/takeover.js}), compiled in
 * the Sequelize naming mode ({@code -Ajoinery.naming=sequelize}): no column is named, and a table
 * or key only where the mode, which takes the record's simple name as the model name, cannot know
 * Sequelize's. That is where the model name differs from the record's ({@code define('tutorial')}
 * makes {@code tutorials} and the key {@code tutorialId}, where {@code Tutorial} gives
 * {@code Tutorials} and {@code TutorialId}) or the model names them itself ({@code tableName},
 * {@code foreignKey: 'fk_customerid'}). Seed 001 ({@code define('User')}, {@code define('Task')})
 * needs neither. Three tutorials have a users table, so the packages are compiled apart (see the
 * module's pom): customers, tasks and tutorials together, profiles and stories each on their own.
 */
package dev.joinery.it.takeover.sequelize;
