package org.yangguang.services.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yangguang.services.CatalogImport;
import org.yangguang.services.ItemQuery;
import org.yangguang.services.ServiceCatalog;

/** 事项目录维护 — staff download the catalog as XLSX, edit it as offices do, and upload it back. */
@Controller
class ServiceCatalogAdminController {

	private final ServiceCatalog catalog;

	ServiceCatalogAdminController(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/workbench/services/catalog")
	String page(Model model) {
		model.addAttribute("items", catalog.find(ItemQuery.ALL));
		return "services/catalog-admin";
	}

	@PostMapping("/workbench/services/catalog")
	String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		CatalogImport result = catalog.importWorkbook(file.getBytes());
		model.addAttribute("result", result);
		return page(model);
	}
}
