package org.dateline.account;

import java.util.List;
import java.util.Optional;

import org.dateline.shared.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.username) = lower(:username)")
	Optional<AppUser> findByUsernameIgnoreCase(@Param("username") String username);

	@Query("select count(u) > 0 from AppUser u where lower(u.email) = lower(:email) and (:id is null or u.id <> :id)")
	boolean emailTaken(@Param("email") String email, @Param("id") Long id);

	long countByRoleAndEnabledTrue(Role role);

	List<AppUser> findAllByOrderByUsernameAsc();

}
