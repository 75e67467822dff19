namespace ReviewLint.Formatting;

/// <summary>The inline stylesheet and script of the HTML report (and of pages that show <see cref="HtmlHighlighter"/> fragments):
/// nothing is loaded from the network.</summary>
public static class HtmlAssets
{
    /// <summary>Colours by severity, the highlighted text, the tooltip, the summary table and the chart.</summary>
    public const string Stylesheet = """
        :root{--error:#c62828;--error-bg:#ffcdd2;--warning:#a15c00;--warning-bg:#ffe0a3;--info:#1565c0;--info-bg:#cfe3ff;font-family:system-ui,"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;color:#1b1b1b;background:#fafafa}
        body{margin:0 auto;max-width:1100px;padding:1rem 1.5rem 4rem;line-height:1.6}
        h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem}
        .rl-cards{display:flex;gap:.75rem;flex-wrap:wrap;margin:.5rem 0 1rem}
        .rl-card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.4rem .9rem;min-width:6rem}
        .rl-card b{display:block;font-size:1.4rem}
        .rl-card.rl-error b{color:var(--error)}.rl-card.rl-warning b{color:var(--warning)}.rl-card.rl-info b{color:var(--info)}
        svg.rl-chart{background:#fff;border:1px solid #ddd;border-radius:6px;max-width:100%;height:auto}
        svg .rl-error{fill:var(--error)}svg .rl-warning{fill:#e69500}svg .rl-info{fill:var(--info)}
        table.rl-docs{border-collapse:collapse;width:100%;background:#fff}
        table.rl-docs th,table.rl-docs td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
        table.rl-docs td.n{text-align:right;font-variant-numeric:tabular-nums}
        table.rl-docs th button{font:inherit;font-weight:bold;background:none;border:0;cursor:pointer;padding:0}
        .rl-filters{position:sticky;top:0;background:#fafafa;border-bottom:1px solid #ddd;padding:.5rem 0;z-index:2}
        .rl-filters fieldset{display:inline-block;border:1px solid #ddd;margin:0 .5rem .25rem 0;padding:.1rem .5rem}
        .rl-filters label{margin-right:.6rem;white-space:nowrap}
        section.rl-doc{scroll-margin-top:7rem;background:#fff;border:1px solid #ddd;border-radius:6px;margin:.75rem 0;padding:0 .75rem}
        section.rl-doc>details>summary{cursor:pointer;padding:.5rem 0;font-weight:bold}
        pre.rl-text{white-space:pre-wrap;word-break:break-word;font-family:inherit;font-size:1rem;line-height:1.9;margin:.25rem 0 .75rem}
        mark.rl-f{background:transparent;color:inherit;border-bottom:2px solid;padding:0;border-radius:2px;cursor:help}
        mark.rl-error{background:var(--error-bg);border-color:var(--error)}
        mark.rl-warning{background:var(--warning-bg);border-color:var(--warning)}
        mark.rl-info{background:var(--info-bg);border-color:var(--info)}
        mark.rl-f mark.rl-f{border-bottom-style:double}
        mark.rl-f:empty::before{content:"\25B4";color:var(--error);font-weight:bold}
        mark.rl-f{scroll-margin-top:8rem}
        mark.rl-f:focus{outline:3px solid #000;outline-offset:1px}
        .rl-tip{position:absolute;z-index:10;max-width:28rem;background:#1b1b1b;color:#fff;padding:.4rem .6rem;border-radius:4px;font-size:.9rem;white-space:pre-line;pointer-events:none}
        .rl-tip[hidden]{display:none}
        ol.rl-list{font-size:.92rem;padding-left:1.6rem}
        ol.rl-list li{margin:.15rem 0}
        .rl-badge{display:inline-block;border-radius:3px;padding:0 .3rem;font-size:.8rem;color:#fff}
        li.rl-error .rl-badge{background:var(--error)}li.rl-warning .rl-badge{background:var(--warning)}li.rl-info .rl-badge{background:var(--info)}
        .rl-fix{color:#2e7d32}
        .rl-errors{color:var(--error)}
        .rl-muted{color:#666}
        """;

    /// <summary>Tooltip on hover and keyboard focus, filters by rule and severity (a generated style rule, so it also applies to
    /// documents rendered later), sortable document table, and lazy rendering of document bodies from the JSON data block.</summary>
    public const string Script = """
        (function(){
        "use strict";
        var tip=document.createElement("div");tip.className="rl-tip";tip.id="rl-tip";tip.setAttribute("role","tooltip");tip.hidden=true;document.body.appendChild(tip);
        var off={};
        function show(m){if(!m||!m.matches||!m.matches("mark.rl-f"))return;if(off[m.getAttribute("data-rule")]||off[m.getAttribute("data-severity")]){hide();return;}var t=m.getAttribute("title")||m.getAttribute("data-tip");if(t){m.setAttribute("data-tip",t);m.removeAttribute("title");}
          tip.textContent=m.getAttribute("data-tip");tip.hidden=false;m.setAttribute("aria-describedby","rl-tip");var r=m.getBoundingClientRect();
          tip.style.left=Math.max(4,r.left+window.scrollX)+"px";tip.style.top=(r.bottom+window.scrollY+6)+"px";}
        function hide(){tip.hidden=true;}
        document.addEventListener("mouseover",function(e){var m=e.target.closest&&e.target.closest("mark.rl-f");if(m)show(m);else hide();});
        document.addEventListener("focusin",function(e){if(e.target.matches&&e.target.matches("mark.rl-f"))show(e.target);else hide();});
        document.addEventListener("keydown",function(e){if(e.key==="Escape")hide();});
        var style=document.createElement("style");document.head.appendChild(style);
        function applyFilters(){var css=[];off={};hide();document.querySelectorAll(".rl-filters input[type=checkbox]").forEach(function(c){if(!c.checked){var k=c.getAttribute("data-filter");off[k]=true;
          css.push("mark.rl-"+k+"{background:transparent!important;border-bottom:0!important;cursor:auto}");css.push("li.rl-"+k+"{display:none}");}});
          style.textContent=css.join("\n");}
        document.addEventListener("change",function(e){if(e.target.closest&&e.target.closest(".rl-filters"))applyFilters();});
        applyFilters();
        document.querySelectorAll("table.rl-docs th button").forEach(function(b){b.addEventListener("click",function(){
          var th=b.closest("th"),table=b.closest("table"),col=Array.prototype.indexOf.call(th.parentNode.children,th),num=th.hasAttribute("data-num");
          var dir=th.getAttribute("aria-sort")==="descending"?1:-1;if(!num)dir=-dir;
          table.querySelectorAll("th").forEach(function(h){h.removeAttribute("aria-sort");});th.setAttribute("aria-sort",dir<0?"descending":"ascending");
          var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
          rows.sort(function(x,y){var a=x.cells[col].textContent,c=y.cells[col].textContent;var r=num?(+a)-(+c):a.localeCompare(c,"zh");return dir*r||(+x.getAttribute("data-i"))-(+y.getAttribute("data-i"));});
          rows.forEach(function(r){body.appendChild(r);});});});
        var dataBlock=document.getElementById("rl-data"),data=null;
        function render(holder){if(holder.getAttribute("data-rendered"))return;if(!data)data=JSON.parse(dataBlock.textContent);
          holder.innerHTML=data[+holder.getAttribute("data-i")];holder.setAttribute("data-rendered","1");}
        if(dataBlock){
          var observer="IntersectionObserver" in window?new IntersectionObserver(function(entries){entries.forEach(function(en){if(en.isIntersecting){render(en.target);observer.unobserve(en.target);}});},{rootMargin:"800px"}):null;
          document.querySelectorAll("section.rl-doc details").forEach(function(d){var h=d.querySelector(".rl-body");
            if(d.open){if(observer)observer.observe(h);else render(h);}
            d.addEventListener("toggle",function(){if(d.open){if(observer)observer.observe(h);else render(h);}});});
          function openTarget(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;var el=document.getElementById(id);if(!el)return;
            var sec=el.closest("section.rl-doc");if(!sec)return;var d=sec.querySelector("details");d.open=true;render(d.querySelector(".rl-body"));
            var t=document.getElementById(id);if(t){t.scrollIntoView();if(t.matches("mark"))t.focus();}}
          window.addEventListener("hashchange",openTarget);openTarget();
          var all=document.getElementById("rl-expand");if(all)all.addEventListener("click",function(){var open=all.getAttribute("aria-pressed")!=="true";all.setAttribute("aria-pressed",open);
            all.textContent=open?"全部折叠":"全部展开";document.querySelectorAll("section.rl-doc details").forEach(function(d){d.open=open;});});
        }
        window.ReviewLintReport={render:render,applyFilters:applyFilters};
        })();
        """;
}
