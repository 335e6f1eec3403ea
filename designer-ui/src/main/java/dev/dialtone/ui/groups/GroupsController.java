package dev.dialtone.ui.groups;

import dev.dialtone.runtime.groups.GroupDraft;
import dev.dialtone.runtime.groups.GroupService;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Saved groups of destinations that a groupcall rings. */
@RestController
@RequestMapping("/api/v1/groups")
class GroupsController {

  private final GroupService groups;

  GroupsController(GroupService groups) {
    this.groups = groups;
  }

  @PostMapping
  ResponseEntity<GroupResponse> create(@RequestBody GroupDraft request) {
    GroupResponse created = GroupResponse.of(groups.create(request));
    return ResponseEntity.created(URI.create("/api/v1/groups/" + created.id())).body(created);
  }

  @GetMapping
  Map<String, List<GroupResponse>> list() {
    return Map.of("groups", groups.list().stream().map(GroupResponse::of).toList());
  }

  @GetMapping("/{id}")
  GroupResponse get(@PathVariable UUID id) {
    return GroupResponse.of(groups.get(id));
  }

  @PutMapping("/{id}")
  GroupResponse update(@PathVariable UUID id, @RequestBody GroupDraft request) {
    return GroupResponse.of(groups.update(id, request));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    groups.delete(id);
    return ResponseEntity.noContent().build();
  }
}
