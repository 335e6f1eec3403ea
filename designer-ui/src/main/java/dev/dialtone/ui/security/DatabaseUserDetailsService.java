package dev.dialtone.ui.security;

import dev.dialtone.runtime.users.StoredUser;
import dev.dialtone.runtime.users.UserRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users come from the database; their role is their one authority. */
@Service
public class DatabaseUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  public DatabaseUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    StoredUser user =
        users
            .findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return User.withUsername(user.username())
        .password(user.passwordHash())
        .roles(user.role().name())
        .disabled(!user.enabled())
        .build();
  }
}
