package dev.dialtone.runtime.groups;

import java.util.List;
import java.util.UUID;

/** A group's name and the groups it contains: the graph the cycle check walks. */
record GroupLinks(String name, List<UUID> members) {}
