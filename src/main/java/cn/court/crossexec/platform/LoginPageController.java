package cn.court.crossexec.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Chinese login page at /login (static HTML and script; the form posts to /login, Spring Security's form login). */
@Controller
@ConditionalOnEngine
class LoginPageController {

  @GetMapping(SecurityConfig.LOGIN_PAGE)
  String login() {
    return "forward:/login.html";
  }
}
