package org.dateline.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A PostgreSQL streaming replica for the reader site and the content API, on when
 * {@code SPRING_DATASOURCE_REPLICA_URL} is set (with {@code SPRING_DATASOURCE_REPLICA_USERNAME} and
 * {@code _PASSWORD}, by default the primary's). The application's {@link DataSource} becomes
 * one that hands out replica connections to reader work ({@link ReaderReads}) and primary
 * connections to everything else; see {@link ReplicaRouting}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.replica.url:}'.isEmpty()")
class ReadReplicaConfiguration {

	@Bean(destroyMethod = "close")
	ReplicaRouting replicaRouting(Environment environment) {
		HikariDataSource replica = new HikariDataSource();
		replica.setPoolName("dateline-replica");
		replica.setJdbcUrl(environment.getRequiredProperty("spring.datasource.replica.url"));
		replica.setUsername(environment.getProperty("spring.datasource.replica.username",
				environment.getProperty("spring.datasource.username", "")));
		replica.setPassword(environment.getProperty("spring.datasource.replica.password",
				environment.getProperty("spring.datasource.password", "")));
		replica.setReadOnly(true);
		// A replica that is down must not hold readers up: they go to the primary instead.
		replica.setConnectionTimeout(1_000);
		replica.setValidationTimeout(500);
		replica.setInitializationFailTimeout(-1);
		return new ReplicaRouting(replica);
	}

	/** Wraps the application's data source (the primary) so that reader work can go to the replica. */
	@Bean
	static BeanPostProcessor replicaRoutingDataSource(ObjectProvider<ReplicaRouting> routing) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if ("dataSource".equals(name) && bean instanceof DataSource primary && !(bean instanceof Routing)) {
					return new Routing(primary, routing.getObject());
				}
				return bean;
			}
		};
	}

	/** The primary, except for reader work while the replica is fresh. */
	static final class Routing extends DelegatingDataSource {

		private final ReplicaRouting routing;

		Routing(DataSource primary, ReplicaRouting routing) {
			super(primary);
			this.routing = routing;
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection replica = routing.replicaConnection();
			return replica != null ? replica : super.getConnection();
		}

	}

}
