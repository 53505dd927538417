package org.dateline.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Records the SQL statements the current thread runs, so tests can assert that a page runs a
 * small, fixed number of them whatever the size of the data. It wraps the application's
 * {@link DataSource}; {@link #record()} starts a recording and {@link #stop()} returns it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	public static void record() {
		RECORDING.set(new ArrayList<>());
	}

	public static List<String> stop() {
		List<String> statements = RECORDING.get();
		RECORDING.remove();
		return statements == null ? List.of() : statements;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(target, method, args);
				return result instanceof Connection connection ? connection(connection) : result;
			});
		}
		return bean;
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(target, method, args);
			if (result instanceof PreparedStatement statement) {
				String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
				return proxy(PreparedStatement.class, statement, counting(sql));
			}
			if (result instanceof Statement statement) {
				return proxy(Statement.class, statement, counting(null));
			}
			return result;
		});
	}

	private static Handler counting(String preparedSql) {
		return (target, method, args) -> {
			if (method.getName().startsWith("execute")) {
				List<String> recording = RECORDING.get();
				if (recording != null) {
					String sql = preparedSql != null ? preparedSql
							: args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
					recording.add(sql.replaceAll("\\s+", " ").strip());
				}
			}
			return invoke(target, method, args);
		};
	}

	interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		List<Class<?>> interfaces = new ArrayList<>(List.of(type));
		return (T) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), interfaces.toArray(Class[]::new),
				invocation);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
