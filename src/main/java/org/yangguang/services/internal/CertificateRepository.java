package org.yangguang.services.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.services.Certificate;

/** 证照库 — the results issued to each applicant, in {@code services_certificate}. */
@Repository
public class CertificateRepository {

	private final JdbcClient jdbc;

	CertificateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long accountId, String caseNo, String name, String resultType, String number, LocalDate on) {
		jdbc.sql("""
				INSERT INTO services_certificate (account_id, case_no, name, result_type, number, issued_on)
				VALUES (:account, :caseNo, :name, :type, :number, :on)""")
			.param("account", accountId).param("caseNo", caseNo).param("name", name).param("type", resultType)
			.param("number", number).param("on", on).update();
	}

	public List<Certificate> of(long accountId) {
		return jdbc.sql("SELECT * FROM services_certificate WHERE account_id = :account ORDER BY issued_on DESC, id DESC")
			.param("account", accountId)
			.query((rs, n) -> new Certificate(rs.getString("case_no"), rs.getString("name"), rs.getString("result_type"),
					rs.getString("number"), rs.getObject("issued_on", LocalDate.class)))
			.list();
	}
}
