package cn.court.crossexec.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard page at /dashboard (static HTML and scripts; its numbers come from /api/stats). */
@Controller
class DashboardPageController {

  @GetMapping("/dashboard")
  String dashboard() {
    return "forward:/dashboard.html";
  }
}
