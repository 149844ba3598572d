/**
 * Records that mirror the five seed tutorials' Sequelize models, one package per tutorial, pointed
 * at databases Sequelize created and filled ({@code src/test/sequelize/takeover.js}). Every
 * Sequelize name is spelled out with {@code @Table}/{@code @Column(name)} until the Sequelize
 * naming mode makes them the default. Three tutorials have a users table, so the packages are
 * compiled apart (see the module's pom): customers, tasks and tutorials together, profiles and
 * stories each on their own.
 */
package dev.joinery.it.takeover.sequelize;
