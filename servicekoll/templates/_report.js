(function(){
  var table=document.getElementById('ranking'); if(!table) return;
  var body=table.tBodies[0];
  function rows(){return Array.prototype.slice.call(body.querySelectorAll('tr.row'));}
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var numeric=th.dataset.type==='num', dir=th.dataset.dir==='asc'?'desc':'asc';
      th.dataset.dir=dir;
      rows().sort(function(a,b){
        var x=a.cells[i].dataset.v||a.cells[i].textContent, y=b.cells[i].dataset.v||b.cells[i].textContent;
        if(numeric){x=x===''?-1:parseFloat(x);y=y===''?-1:parseFloat(y);return dir==='asc'?x-y:y-x;}
        return dir==='asc'?x.localeCompare(y,'sv'):y.localeCompare(x,'sv');
      }).forEach(function(r){body.appendChild(r); var d=document.getElementById('ev-'+r.dataset.code); if(d) body.appendChild(d);});
    });
  });
  var name=document.getElementById('filter-name'), lan=document.getElementById('filter-lan');
  function filter(){
    var q=name.value.toLowerCase(), l=lan.value;
    rows().forEach(function(r){
      var show=(!q||r.dataset.name.indexOf(q)>=0)&&(!l||r.dataset.lan===l);
      r.style.display=show?'':'none';
      var d=document.getElementById('ev-'+r.dataset.code); if(d) d.style.display=show?'':'none';
    });
  }
  name.addEventListener('input',filter); lan.addEventListener('change',filter);
})();
