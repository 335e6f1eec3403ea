package dev.dialtone.flow.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Tarjan's strongly connected components, iterative so that a long chain cannot overflow the stack:
 * each node and edge is visited once.
 */
final class StrongComponents {

  private final Function<String, List<String>> successors;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Map<String, Integer> component = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Set<String> onStack = new HashSet<>();
  private final List<Integer> sizes = new ArrayList<>();

  StrongComponents(Iterable<String> nodes, Function<String, List<String>> successors) {
    this.successors = successors;
    for (String node : nodes) {
      if (!index.containsKey(node)) {
        visit(node);
      }
    }
  }

  boolean sameComponent(String a, String b) {
    return component.containsKey(a) && component.get(a).equals(component.get(b));
  }

  /** Whether the node lies on a cycle: its component has several nodes, or it loops to itself. */
  boolean onCycle(String node) {
    return sizes.get(component.get(node)) > 1 || successors.apply(node).contains(node);
  }

  private record Frame(String node, List<String> next, int position) {}

  private void visit(String root) {
    Deque<Frame> frames = new ArrayDeque<>();
    open(root, frames);
    while (!frames.isEmpty()) {
      Frame frame = frames.pop();
      if (frame.position() < frame.next().size()) {
        frames.push(new Frame(frame.node(), frame.next(), frame.position() + 1));
        String target = frame.next().get(frame.position());
        if (!index.containsKey(target)) {
          open(target, frames);
        } else if (onStack.contains(target)) {
          low.merge(frame.node(), index.get(target), Math::min);
        }
        continue;
      }
      if (low.get(frame.node()).equals(index.get(frame.node()))) {
        close(frame.node());
      }
      if (!frames.isEmpty()) {
        low.merge(frames.peek().node(), low.get(frame.node()), Math::min);
      }
    }
  }

  private void open(String node, Deque<Frame> frames) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    frames.push(new Frame(node, successors.apply(node), 0));
  }

  private void close(String root) {
    int id = sizes.size();
    int size = 0;
    String member;
    do {
      member = stack.pop();
      onStack.remove(member);
      component.put(member, id);
      size++;
    } while (!member.equals(root));
    sizes.add(size);
  }
}
