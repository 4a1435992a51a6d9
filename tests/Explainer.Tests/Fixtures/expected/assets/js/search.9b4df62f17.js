// The search page: loads Pagefind's index only here, and only after checking that it exists, so a site built
// without the index shows a message instead of an error. No other page loads any script.
(function () {
  "use strict";

  var root = document.getElementById("search");
  if (!root) {
    return;
  }

  var form = root.querySelector("form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  // The filters' disclosure is in the page from the start, invisible but holding its place, so showing it moves nothing.
  var filterBox = document.getElementById("search-filters");
  var filterGroups = document.getElementById("search-filter-groups");
  var bundle = root.getAttribute("data-bundle") || "/pagefind/";
  var filterNames = { kind: "Kind of page", company: "Company", deal: "Deal" };
  var pageSize = 10;
  var pagefind = null;
  var latest = 0;
  var current = null;
  var more = element("button", "search-more", "Show more results");
  more.type = "button";
  more.hidden = true;
  list.insertAdjacentElement("afterend", more);

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  say("Loading the search index…");

  load().then(function (ready) {
    if (!ready) {
      unavailable();
      return;
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run();
    });
    input.addEventListener("input", debounce(run, 200));
    filterBox.addEventListener("change", run);
    more.addEventListener("click", showMore);
    run();
  }, unavailable);

  function load() {
    return fetch(bundle + "pagefind-entry.json", { cache: "no-cache" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (entry) {
        if (!entry || !entry.languages || Object.keys(entry.languages).length === 0) {
          return false;
        }
        return import(bundle + "pagefind.js").then(function (module) {
          pagefind = module;
          return pagefind.options({ excerptLength: 28 })
            .then(function () { return pagefind.init(); })
            .then(function () { return pagefind.filters(); })
            .then(function (filters) {
              showFilters(filters || {}, params);
              return true;
            });
        });
      });
  }

  function unavailable() {
    more.hidden = true;
    list.hidden = true;
    filterBox.classList.remove("is-ready");
    say("Search is unavailable on this copy of the site: its search index has not been built. Browse the articles, companies and deals from the menu instead.");
  }

  function showFilters(filters, initial) {
    Object.keys(filterNames).forEach(function (key) {
      var values = filters[key] ? Object.keys(filters[key]).sort() : [];
      if (values.length === 0) {
        return;
      }
      var chosen = initial.getAll(key);
      var fieldset = element("fieldset", "search-filter");
      fieldset.appendChild(element("legend", null, filterNames[key]));
      values.forEach(function (value, index) {
        var id = "filter-" + key + "-" + index;
        var box = element("input");
        box.type = "checkbox";
        box.id = id;
        box.name = key;
        box.value = value;
        box.checked = chosen.indexOf(value) >= 0;
        var label = element("label", null, value + " (" + filters[key][value] + ")");
        label.htmlFor = id;
        var item = element("span", "search-filter-option");
        item.appendChild(box);
        item.appendChild(label);
        fieldset.appendChild(item);
      });
      filterGroups.appendChild(fieldset);
      filterBox.open = filterBox.open || chosen.length > 0;
    });
    filterBox.classList.toggle("is-ready", filterGroups.children.length > 0);
  }

  function chosenFilters() {
    var result = {};
    Object.keys(filterNames).forEach(function (key) {
      var values = Array.prototype.map.call(
        filterBox.querySelectorAll("input[name='" + key + "']:checked"),
        function (box) { return box.value; });
      if (values.length > 0) {
        result[key] = { any: values };
      }
    });
    return result;
  }

  function run() {
    var query = input.value.trim();
    var filters = chosenFilters();
    remember(query, filters);
    var ticket = ++latest;
    if (query === "" && Object.keys(filters).length === 0) {
      clear();
      say("Type a word to search the articles, companies, deals and sources.");
      return;
    }
    pagefind.search(query === "" ? null : query, { filters: filters }).then(function (search) {
      if (ticket !== latest) {
        return null;
      }
      return show(search.results, query, ticket);
    }).catch(unavailable);
  }

  function show(results, query, ticket) {
    var what = query === "" ? "for the chosen filters" : "for “" + query + "”";
    clear();
    if (results.length === 0) {
      say("No results " + what + ".");
      return null;
    }
    current = { results: results, what: what, ticket: ticket };
    return showMore();
  }

  // Appends the next page of results; focus stays where it is, the status line says how many are shown.
  function showMore() {
    var state = current;
    var from = list.children.length;
    var next = state.results.slice(from, from + pageSize);
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
      if (state.ticket !== latest) {
        return;
      }
      pages.forEach(function (page) { list.appendChild(resultItem(page)); });
      list.hidden = false;
      var shown = list.children.length;
      var total = state.results.length;
      more.hidden = shown >= total;
      say(total + (total === 1 ? " result " : " results ") + state.what +
        (shown < total ? ", showing " + shown : "") + ".");
    });
  }

  function clear() {
    current = null;
    list.hidden = true;
    list.replaceChildren();
    more.hidden = true;
  }

  function resultItem(page) {
    var item = element("li", "search-result");
    if (page.meta && page.meta.kind) {
      item.appendChild(element("p", "search-result-kind", page.meta.kind));
    }
    var heading = element("h2", "search-result-title");
    var link = element("a", null, (page.meta && page.meta.title) || page.url);
    link.href = page.url;
    heading.appendChild(link);
    item.appendChild(heading);
    var excerpt = element("p", "search-result-excerpt");
    appendExcerpt(excerpt, page.excerpt || "");
    item.appendChild(excerpt);
    item.appendChild(element("p", "search-result-url", page.url));
    return item;
  }

  // Pagefind's excerpt is HTML with <mark> around matches: keep the text and the marks, drop anything else.
  function appendExcerpt(target, html) {
    var parsed = new DOMParser().parseFromString(html, "text/html");
    parsed.body.childNodes.forEach(function (node) {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === "MARK") {
        target.appendChild(element("mark", null, node.textContent));
      } else {
        target.appendChild(document.createTextNode(node.textContent || ""));
      }
    });
  }

  function remember(query, filters) {
    var next = new URLSearchParams();
    if (query !== "") {
      next.set("q", query);
    }
    Object.keys(filters).forEach(function (key) {
      filters[key].any.forEach(function (value) { next.append(key, value); });
    });
    var search = next.toString();
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
  }

  function say(text) {
    status.textContent = text;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function debounce(action, wait) {
    var timer = 0;
    return function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(action, wait);
    };
  }
})();
