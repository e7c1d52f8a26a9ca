package org.yangguang.disclosure;

/** 主题分类 — the topic classification of government information (国务院公文主题分类, first level). */
public enum Topic implements Keyed {
	GENERAL("综合政务"),
	ECONOMY("国民经济管理、国有资产监管"),
	FINANCE("财政、金融、审计"),
	LAND("国土资源、能源"),
	AGRICULTURE("农业、林业、水利"),
	INDUSTRY("工业、交通"),
	COMMERCE("商贸、海关、旅游"),
	MARKET("市场监管、安全生产监管"),
	CONSTRUCTION("城乡建设、环境保护"),
	SCIENCE("科技、教育"),
	CULTURE("文化、广电、新闻出版"),
	HEALTH("卫生、体育"),
	POPULATION("人口与计划生育、妇女儿童工作"),
	LABOUR("劳动、人事、监察"),
	JUSTICE("公安、安全、司法"),
	CIVIL("民政、扶贫、救灾"),
	ETHNIC("民族、宗教"),
	OTHER("其他");

	private final String label;

	Topic(String label) {
		this.label = label;
	}

	/** The Chinese term, for feeds, search and the canonical content of a version. */
	public String label() {
		return label;
	}

	public String messageKey() {
		return "disclosure.topic." + key();
	}
}
