package org.regenpath.directory.web;

/** A condition's name by its catalog id. */
@FunctionalInterface
interface ConditionNames {
    String name(String id);
}
